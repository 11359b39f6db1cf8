package io.github.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AsciidocHeaderReaderTest {

    private static NarrativeHeader read(String text) {
        return AsciidocHeaderReader.read(new SourceText(SourceLocation.of(Path.of("r.adoc")), text));
    }

    @Test
    void readsTitleAndAttributesWithTheirLines() {
        NarrativeHeader header = read("""
                // 注释
                = 某某2018年政府信息公开工作年度报告
                作者
                :published: 2019-01-25
                :source: 某某办公室

                :doc-no: 不在文件头中，不读
                """);
        assertEquals("某某2018年政府信息公开工作年度报告", header.title().orElseThrow().text());
        assertEquals("r.adoc:4", header.published().orElseThrow().location().toString());
        assertEquals("某某办公室", header.source().orElseThrow().text());
        assertTrue(header.docNo().isEmpty());
    }

    @Test
    void titleAttributeOverridesTheDocumentTitle() {
        assertEquals("另一个标题", read("= 文档标题\n:title: 另一个标题\n").title().orElseThrow().text());
    }

    @Test
    void aDocumentWithoutHeaderHasNoMetadata() {
        NarrativeHeader header = read("第一段正文。\n\n== 一、概述\n");
        assertTrue(header.title().isEmpty());
        assertTrue(header.published().isEmpty());
    }
}
