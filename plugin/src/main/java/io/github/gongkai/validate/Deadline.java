package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.diagnostic.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * D1: a report published after its legal deadline (a warning: the date is what the original
 * says, and the site publishes it as it is). 《条例》(2019) 第四十九条: 县级以上人民政府部门 publish
 * by 31 January of the next year (here: the departments and the other bodies, 开发区管委会 and the
 * like); the county government's report (compiled by its 主管部门) by 31 March. The article sets no
 * earlier date for 乡镇、街道, which are not 部门: they get 31 March, the latest the county can
 * publish, so that D1 never claims a breach the law does not make (a county notice may ask for
 * earlier). For report years up to 2018 the old 第三十一条 gave everyone until 31 March.
 */
final class Deadline {

    /** The first report year under the revised 条例 (国务院令第711号, in force 2019-05-15). */
    private static final int REVISED = 2019;

    private Deadline() {
    }

    /** The last day a report may be published. */
    static LocalDate of(AnnualReport report) {
        BodyCategory category = report.body().category();
        boolean march = report.year() < REVISED || category == BodyCategory.COUNTY_GOV
                || category == BodyCategory.TOWNSHIP || category == BodyCategory.SUBDISTRICT;
        return march ? LocalDate.of(report.year() + 1, 3, 31) : LocalDate.of(report.year() + 1, 1, 31);
    }

    /** Whether the report's 公开日期 is after its deadline; false when it has none. */
    static boolean late(AnnualReport report) {
        return report.metadata().published().map(date -> date.isAfter(of(report))).orElse(false);
    }

    static List<Finding> check(AnnualReport report) {
        if (!late(report)) {
            return List.of();
        }
        LocalDate deadline = of(report);
        String rule = report.year() < REVISED ? "原《条例》第三十一条：每年3月31日前公布上一年度年报"
                : report.body().category() == BodyCategory.COUNTY_GOV
                        ? "《条例》第四十九条：县级以上地方人民政府的年报于每年3月31日前公布"
                        : deadline.getMonthValue() == 3 ? "《条例》第四十九条：本级政府年报于每年3月31日前公布，乡镇、街道至迟同此"
                        : "《条例》第四十九条：县级以上人民政府部门每年1月31日前公布上一年度年报";
        Optional<SourceLocation> where = Optional.ofNullable(report.metadata().publishedAt())
                .or(() -> report.narrative().map(n -> n.source()))
                .or(() -> report.statistics().map(s -> s.source()));
        return List.of(new Finding("D1", false, where.orElseThrow(), "公开日期 " + report.metadata().published().get()
                + " 晚于法定期限 " + deadline + "（" + rule + "） / published after the deadline " + deadline));
    }
}
