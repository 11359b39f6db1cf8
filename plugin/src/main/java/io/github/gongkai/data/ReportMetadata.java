package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the 信息公开 metadata table and the page meta tags say about a report.
 *
 * @param title     信息名称, the report's title
 * @param published 公开日期 / 发布日期, optional
 * @param source    来源 (ContentSource), the publishing body's name unless set
 * @param indexNo   索引号, optional
 * @param docNo     文号, optional
 * @param publishedAt where the 公开日期 is written (for pointing at it when it is late, D1), or null
 */
public record ReportMetadata(String title, Optional<LocalDate> published, String source, Optional<String> indexNo,
        Optional<String> docNo, SourceLocation publishedAt) implements Serializable {

    /** Metadata whose 公开日期 is not written in a file. */
    public ReportMetadata(String title, Optional<LocalDate> published, String source, Optional<String> indexNo,
            Optional<String> docNo) {
        this(title, published, source, indexNo, docNo, null);
    }
}
