package io.github.gongkai.importer.read;

import java.util.regex.Pattern;

/**
 * Page numbers as printed on official documents and kept by a copy from a PDF: "— 1 —", "-1-",
 * "- 12 -", "第 1 页", "第1页 共5页", "1/5". A bare number is not one: a one-cell-per-line table
 * copy has lines that are a single figure.
 */
public final class PageFurniture {

    private static final Pattern DASHED = Pattern.compile("^[-—–－―一]+\\s*\\d{1,3}\\s*[-—–－―一]+$");
    private static final Pattern PAGE_OF = Pattern.compile("^第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?$");
    private static final Pattern SLASHED = Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$");

    private PageFurniture() {
    }

    /** Whether the line (blanks at both ends removed) is a page number. */
    public static boolean isPageNumber(String line) {
        String t = line.replace('\u3000', ' ').strip();
        return DASHED.matcher(t).matches() || PAGE_OF.matcher(t).matches() || SLASHED.matcher(t).matches();
    }
}
