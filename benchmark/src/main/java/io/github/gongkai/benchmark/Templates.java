package io.github.gongkai.benchmark;

/** The fixed files of the two generated projects. */
final class Templates {

    private Templates() {
    }

    static final String SITE_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>io.github.gongkai.benchmark</groupId>
              <artifactId>synthetic-county</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <properties>
                <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
              </properties>
              <build>
                <plugins>
                  <plugin>
                    <groupId>io.github.gongkai</groupId>
                    <artifactId>gongkai-maven-plugin</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    static final String SITE_YAML = """
            siteName: 中国庆安
            region: 庆安县
            siteDomain: www.qingan.gov.cn
            siteIdCode: "2312240001"
            sponsor: 庆安县人民政府办公室
            contact: {phone: "0455-0000000", address: 庆安县人民政府办公室}
            """;

    /** The stock plugin, as its README configures it; its engines at the versions it ships with. */
    static final String JBAKE_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>io.github.gongkai.benchmark</groupId>
              <artifactId>synthetic-county-jbake</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <properties>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.jbake</groupId>
                    <artifactId>jbake-maven-plugin</artifactId>
                    <version>2.7.0-rc.7</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    /** An index and an archive page (our home page and column), one page per report; no feed or tags. */
    static final String JBAKE_PROPERTIES = """
            site.host=https://www.qingan.gov.cn
            render.index=true
            render.archive=true
            render.feed=false
            render.tags=false
            render.sitemap=false
            default.status=published
            default.type=post
            markdown.extensions=HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES
            """;

    static final String JBAKE_INDEX = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>中国庆安 政府信息公开年报</title></head>
            <body><h1>政府信息公开年报</h1><ul>
            <#list published_posts as post><li><a href="${post.uri}">${post.title}</a> ${post.date?string("yyyy-MM-dd")}</li></#list>
            </ul></body></html>
            """;

    static final String JBAKE_POST = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>${content.title}</title></head>
            <body><h1>${content.title}</h1><p>${content.date?string("yyyy-MM-dd")}</p>
            ${content.body}
            </body></html>
            """;
}
