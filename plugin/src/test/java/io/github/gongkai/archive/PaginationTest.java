package io.github.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void anEmptyOrShortListIsOnePage() {
        assertEquals(1, Pagination.split(0, "ndbg/index.html").size());
        List<Pagination.Page> pages = Pagination.split(Pagination.PAGE_SIZE, "ndbg/index.html");
        assertEquals(1, pages.size());
        assertEquals(0, pages.get(0).from());
        assertEquals(Pagination.PAGE_SIZE, pages.get(0).to());
    }

    @Test
    void laterPagesAreNumberedFromOneAsOnGovernmentPortals() {
        List<Pagination.Page> pages = Pagination.split(2 * Pagination.PAGE_SIZE + 1, "ndbg/jg/fgj.html");
        assertEquals(List.of("ndbg/jg/fgj.html", "ndbg/jg/fgj_1.html", "ndbg/jg/fgj_2.html"),
                pages.get(0).paths());
        assertEquals(3, pages.get(2).number());
        assertEquals(2 * Pagination.PAGE_SIZE, pages.get(2).from());
        assertEquals(2 * Pagination.PAGE_SIZE + 1, pages.get(2).to());
        assertEquals("ndbg/jg/fgj_2.html", pages.get(2).path());
    }
}
