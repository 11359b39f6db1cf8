package io.github.gongkai.importer.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines of a PDF page (table borders), as horizontal and vertical segments in the
 * coordinates text positions use (points, y growing downwards). Word, WPS and LibreOffice draw a
 * table's borders as stroked lines or thin filled rectangles; either is taken.
 */
final class Rulings extends PDFGraphicsStreamEngine {

    /** A horizontal or vertical segment: from (x1, y1) to (x2, y2), x1 ≤ x2 and y1 ≤ y2. */
    record Segment(double x1, double y1, double x2, double y2) {
        boolean vertical() {
            return x2 - x1 < 1.5 && y2 - y1 > 2;
        }

        boolean horizontal() {
            return y2 - y1 < 1.5 && x2 - x1 > 2;
        }
    }

    private final float height;
    private final List<Segment> path = new ArrayList<>();
    /** The edges of the current path's boxes wider and taller than a border: a stroke draws them, a fill does not. */
    private final List<Segment> boxes = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private Point2D current = new Point2D.Double();
    private Point2D start = new Point2D.Double();

    private Rulings(PDPage page) {
        super(page);
        this.height = page.getCropBox().getHeight();
    }

    /** The horizontal and vertical segments drawn on {@code page}. */
    static List<Segment> of(PDPage page) throws IOException {
        Rulings rulings = new Rulings(page);
        rulings.processPage(page);
        return rulings.segments.stream().filter(s -> s.vertical() || s.horizontal()).toList();
    }

    private void add(Point2D a, Point2D b) {
        double ya = height - a.getY();
        double yb = height - b.getY();
        path.add(new Segment(Math.min(a.getX(), b.getX()), Math.min(ya, yb), Math.max(a.getX(), b.getX()), Math.max(ya, yb)));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double w = Math.abs(p2.getX() - p0.getX());
        double h = Math.abs(p2.getY() - p0.getY());
        if (w < 2 || h < 2) { // a border drawn as a thin filled box: its middle line
            Point2D a = new Point2D.Double(Math.min(p0.getX(), p2.getX()) + (w < 2 ? w / 2 : 0),
                    Math.min(p0.getY(), p2.getY()) + (h < 2 ? h / 2 : 0));
            Point2D b = new Point2D.Double(w < 2 ? a.getX() : Math.max(p0.getX(), p2.getX()),
                    h < 2 ? a.getY() : Math.max(p0.getY(), p2.getY()));
            add(a, b);
        } else {
            int from = path.size();
            add(p0, p1);
            add(p1, p2);
            add(p2, p3);
            add(p3, p0);
            boxes.addAll(path.subList(from, path.size()));
            path.subList(from, path.size()).clear();
        }
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        add(current, next);
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        add(current, start);
        current = start;
    }

    @Override
    public void endPath() {
        path.clear();
        boxes.clear();
    }

    @Override
    public void strokePath() {
        segments.addAll(path);
        segments.addAll(boxes);
        endPath();
    }

    /**
     * A filled box is a shading, not a border: WPS fills a box behind every line of body text
     * (洪泽区 2024), whose sides made each line a one-cell table row.
     */
    @Override
    public void fillPath(int windingRule) {
        segments.addAll(path);
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path draws nothing; endPath follows and clears it
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are no rulings
    }
}
