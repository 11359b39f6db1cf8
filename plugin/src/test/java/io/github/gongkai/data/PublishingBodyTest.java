package io.github.gongkai.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishingBodyTest {

    private final PublishingBody body = new PublishingBody("fgj", "庆安县发展和改革局", Optional.of("发改局"),
            BodyCategory.DEPARTMENT, List.of(new PublishingBody.FormerName(2018, "庆安县发展计划局"),
                    new PublishingBody.FormerName(2010, "庆安县计划委员会")));

    @Test
    void nameInAYearIsTheEarliestNameStillValid() {
        assertEquals("庆安县计划委员会", body.nameIn(2008));
        assertEquals("庆安县计划委员会", body.nameIn(2010));
        assertEquals("庆安县发展计划局", body.nameIn(2011));
        assertEquals("庆安县发展计划局", body.nameIn(2018));
        assertEquals("庆安县发展和改革局", body.nameIn(2019));
    }

    @Test
    void formatFollowsTheReportYear() {
        assertEquals(ReportFormat.PRE2019, ReportFormat.forYear(2018));
        assertEquals(ReportFormat.V2019, ReportFormat.forYear(2019));
        assertEquals(ReportFormat.V2019, ReportFormat.forYear(2020));
        assertEquals(ReportFormat.V2021, ReportFormat.forYear(2021));
    }
}
