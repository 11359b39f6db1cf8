package io.github.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReportMetadata;
import io.github.gongkai.data.SiteConfig;
import io.github.gongkai.data.SiteContent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveColumnTest {

    private static PublishingBody body(String id, BodyCategory category) {
        return new PublishingBody(id, id, Optional.empty(), category, List.of());
    }

    private static AnnualReport report(int year, PublishingBody body) {
        return new AnnualReport(year, body, ReportFormat.forYear(year),
                new ReportMetadata(body.id() + year, Optional.empty(), body.name(), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty());
    }

    @Test
    void yearsNewestFirstThenCategoriesInOfficialOrder() {
        PublishingBody street = body("pingshun", BodyCategory.SUBDISTRICT);
        PublishingBody county = body("county", BodyCategory.COUNTY_GOV);
        PublishingBody dept = body("fgj", BodyCategory.DEPARTMENT);
        SiteConfig config = new SiteConfig("站", "县", Optional.empty(), Optional.empty(), Optional.empty(), "办",
                Optional.empty(), Optional.empty(), Optional.empty(), SiteConfig.Contact.none(), Optional.empty(),
                List.of(), SiteConfig.ThemeChoice.standard(), List.of());
        // As the loader sorts them: by year, then bodies.yaml order (street, county, dept).
        SiteContent content = new SiteContent(config, List.of(street, county, dept), List.of(
                report(2017, street), report(2018, street), report(2018, county), report(2018, dept)));

        ArchiveColumn column = ArchiveColumn.of(content);

        assertEquals(List.of(2018, 2017), column.years().stream().map(ArchiveColumn.Year::year).toList());
        assertEquals(List.of(BodyCategory.COUNTY_GOV, BodyCategory.DEPARTMENT, BodyCategory.SUBDISTRICT),
                column.years().get(0).groups().stream().map(ArchiveColumn.CategoryGroup::category).toList());
        assertEquals(List.of("pingshun2017"), column.years().get(1).groups().get(0).reports().stream()
                .map(r -> r.metadata().title()).toList());
    }

    @Test
    void pathsAreRelativeToTheirPage() {
        assertEquals("", SitePaths.rootOf(SitePaths.home()));
        assertEquals("../", SitePaths.rootOf(SitePaths.column()));
        assertEquals("../../", SitePaths.rootOf(SitePaths.year(2018)));
        assertEquals("ndbg/2018/index.html", SitePaths.year(2018));
    }
}
