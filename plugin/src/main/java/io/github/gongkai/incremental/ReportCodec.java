package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.ProactiveTable;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReportMetadata;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded report as bytes and back, for {@link EarlierReports}: reading it back is several times
 * quicker than parsing its YAML again. The publishing body is stored by id and taken from this
 * build's bodies.yaml. Maps keep their order; numbers keep their scale. A text that comes again in
 * a report (its file, in every cell's place; the same figures) is written once and then referred to.
 */
public final class ReportCodec {

    // 3: a pre-2019 figure has its ofWhich (其中) list and may be empty (null); where 公开日期 is written.
    private static final int VERSION = 3;

    private ReportCodec() {
    }


    /** {@code report} and the warnings its reading gave, as bytes. */
    public static byte[] encode(AnnualReport report, List<String> warnings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Writer writer = new Writer(out, new HashMap<>());
            out.writeInt(VERSION);
            writer.strings(warnings);
            out.writeInt(report.year());
            writer.string(report.body().id());
            writer.string(report.format().key());
            ReportMetadata metadata = report.metadata();
            writer.string(metadata.title());
            out.writeBoolean(metadata.published().isPresent());
            if (metadata.published().isPresent()) {
                out.writeLong(metadata.published().get().toEpochDay());
            }
            writer.string(metadata.source());
            writer.string(metadata.indexNo().orElse(null));
            writer.string(metadata.docNo().orElse(null));
            writer.location(metadata.publishedAt());
            out.writeBoolean(report.narrative().isPresent());
            if (report.narrative().isPresent()) {
                Narrative narrative = report.narrative().get();
                writer.location(narrative.source());
                writer.string(narrative.language().name());
                writer.string(narrative.body());
                out.writeInt(narrative.firstLine());
            }
            writer.statistics(report.statistics().orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The report in {@code bytes}, its body taken from {@code bodies}; empty when the bytes are of
     * another version or name a body that is not there.
     *
     * @throws IOException when the bytes are damaged
     */
    public static Optional<Memory.Recalled> decode(byte[] bytes, Map<String, PublishingBody> bodies) throws IOException {
        return decode(ByteBuffer.wrap(bytes), bodies);
    }

    /**
     * As {@link #decode(byte[], Map)}, from the bytes {@code in} holds between its position and its limit.
     *
     * @throws IOException when the bytes are damaged
     */
    public static Optional<Memory.Recalled> decode(ByteBuffer in, Map<String, PublishingBody> bodies) throws IOException {
        try {
            return read(new Reader(in), bodies);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("damaged report entry", e);
        }
    }

    private static Optional<Memory.Recalled> read(Reader reader, Map<String, PublishingBody> bodies) throws IOException {
        ByteBuffer in = reader.in();
        if (in.getInt() != VERSION) {
            return Optional.empty();
        }
        List<String> warnings = reader.strings();
        int year = in.getInt();
        PublishingBody body = bodies.get(reader.string());
        if (body == null) {
            return Optional.empty();
        }
        ReportFormat format = ReportFormat.fromKey(reader.string()).orElseThrow(() -> new IOException("format"));
        String title = reader.string();
        Optional<LocalDate> published = reader.bool() ? Optional.of(LocalDate.ofEpochDay(in.getLong()))
                : Optional.empty();
        ReportMetadata metadata = new ReportMetadata(title, published, reader.string(),
                Optional.ofNullable(reader.string()), Optional.ofNullable(reader.string()), reader.location());
        Optional<Narrative> narrative = Optional.empty();
        if (reader.bool()) {
            narrative = Optional.of(new Narrative(reader.location(), MarkupLanguage.valueOf(reader.string()),
                    reader.string(), in.getInt()));
        }
        Optional<Statistics> statistics = Optional.ofNullable(reader.statistics());
        if (in.hasRemaining()) {
            throw new IOException("trailing bytes");
        }
        return Optional.of(new Memory.Recalled(new AnnualReport(year, body, format, metadata, narrative, statistics),
                warnings));
    }

    /** Writes; {@code written} numbers the texts already written, which are then written as {@code -2 - number}. */
    private record Writer(DataOutputStream out, Map<String, Integer> written) {

        void string(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            Integer earlier = written.putIfAbsent(text, written.size());
            if (earlier != null) {
                out.writeInt(-2 - earlier);
                return;
            }
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        void strings(List<String> texts) throws IOException {
            out.writeInt(texts.size());
            for (String text : texts) {
                string(text);
            }
        }

        void location(SourceLocation location) throws IOException {
            string(location == null ? null : location.file().toString());
            out.writeInt(location == null ? 0 : location.line());
        }

        void number(BigDecimal value) throws IOException {
            string(value == null ? null : value.toString());
        }

        void cells(Map<String, List<Cell>> rows) throws IOException {
            out.writeInt(rows.size());
            for (Map.Entry<String, List<Cell>> row : rows.entrySet()) {
                string(row.getKey());
                out.writeInt(row.getValue().size());
                for (Cell cell : row.getValue()) {
                    number(cell.value());
                    string(cell.text());
                    location(cell.location());
                }
            }
        }

        void item(StatisticItem item) throws IOException {
            string(item.label());
            number(item.value());
            string(item.unit().orElse(null));
            location(item.location());
            out.writeInt(item.parts().size());
            for (StatisticItem part : item.parts()) {
                item(part);
            }
            out.writeInt(item.ofWhich().size());
            for (StatisticItem part : item.ofWhich()) {
                item(part);
            }
        }

        void statistics(Statistics statistics) throws IOException {
            if (statistics instanceof Statistics.National tables) {
                out.writeByte('N');
                location(tables.source());
                string(tables.format().key());
                cells(tables.proactive().rows());
                cells(tables.applications().rows());
                cells(tables.reviews().groups());
                string(tables.reviews().note().orElse(null));
                strings(tables.acknowledged());
            } else if (statistics instanceof Statistics.Pre2019 pre2019) {
                out.writeByte('P');
                location(pre2019.source());
                out.writeInt(pre2019.items().size());
                for (StatisticItem item : pre2019.items()) {
                    item(item);
                }
                strings(pre2019.acknowledged());
            } else {
                out.writeByte('-');
            }
        }
    }

    /** Reads back: a text written again is taken from {@code texts}, and a file's name becomes one Path. */
    private record Reader(ByteBuffer in, List<String> texts, Map<String, Path> paths) {

        Reader(ByteBuffer in) {
            this(in, new ArrayList<>(), new HashMap<>());
        }

        String string() {
            int length = in.getInt();
            if (length == -1) {
                return null;
            }
            if (length < -1) {
                return texts.get(-2 - length);
            }
            if (length > in.remaining()) {
                throw new BufferUnderflowException();
            }
            String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            texts.add(text);
            return text;
        }

        boolean bool() {
            return in.get() != 0;
        }

        List<String> strings() {
            int count = in.getInt();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                texts.add(string());
            }
            return List.copyOf(texts);
        }

        SourceLocation location() {
            String file = string();
            int line = in.getInt();
            return file == null ? null : new SourceLocation(paths.computeIfAbsent(file, Path::of), line);
        }

        BigDecimal number() {
            String text = string();
            return text == null ? null : new BigDecimal(text);
        }

        Map<String, List<Cell>> cells() {
            int rows = in.getInt();
            Map<String, List<Cell>> result = new LinkedHashMap<>();
            for (int r = 0; r < rows; r++) {
                String key = string();
                int count = in.getInt();
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < count; c++) {
                    cells.add(new Cell(number(), string(), location()));
                }
                result.put(key, List.copyOf(cells));
            }
            return result;
        }

        StatisticItem item() {
            String label = string();
            BigDecimal value = number();
            Optional<String> unit = Optional.ofNullable(string());
            SourceLocation location = location();
            int count = in.getInt();
            List<StatisticItem> parts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                parts.add(item());
            }
            int subset = in.getInt();
            List<StatisticItem> ofWhich = new ArrayList<>();
            for (int i = 0; i < subset; i++) {
                ofWhich.add(item());
            }
            return new StatisticItem(label, value, unit, List.copyOf(parts), List.copyOf(ofWhich), location);
        }

        Statistics statistics() throws IOException {
            int kind = in.get();
            if (kind == 'N') {
                SourceLocation source = location();
                ReportFormat format = ReportFormat.fromKey(string()).orElseThrow(() -> new IOException("format"));
                ProactiveTable proactive = new ProactiveTable(cells());
                ApplicationTable applications = new ApplicationTable(cells());
                ReviewTable reviews = new ReviewTable(cells(), Optional.ofNullable(string()));
                return new Statistics.National(source, format, proactive, applications, reviews, strings());
            }
            if (kind == 'P') {
                SourceLocation source = location();
                int count = in.getInt();
                List<StatisticItem> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(item());
                }
                return new Statistics.Pre2019(source, List.copyOf(items), strings());
            }
            if (kind == '-') {
                return null;
            }
            throw new IOException("unknown statistics kind " + kind);
        }
    }
}
