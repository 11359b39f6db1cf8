package io.github.gongkai.render;

import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

/**
 * The AsciiDoc block macro {@code gongkai-table::三[]}: places an official table (二, 三 or 四)
 * where the author writes it. It leaves a marker that {@link TablePlacement} replaces with
 * the table, so the table is laid out by the same code wherever it goes.
 */
public final class TableMacro extends BlockMacroProcessor {

    /** The macro's name as authors write it. */
    public static final String NAME = "gongkai-table";

    /** Registered once on the build's Asciidoctor instance. */
    public TableMacro() {
        super(NAME);
    }

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        return createBlock(parent, "pass", TablePlacement.marker(target));
    }
}
