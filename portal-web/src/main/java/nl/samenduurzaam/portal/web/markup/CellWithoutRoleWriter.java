package nl.samenduurzaam.portal.web.markup;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import java.io.IOException;

/**
 * Writes one table cell without a {@code role} attribute on its {@code td}: only the cell's own start tag is
 * touched, so the roles of whatever the cell contains stay as their renderers wrote them.
 */
final class CellWithoutRoleWriter extends ResponseWriterWrapper {

    private boolean cellStarted;
    private boolean inCellTag;

    CellWithoutRoleWriter(ResponseWriter wrapped) {
        super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        inCellTag = !cellStarted && "td".equals(name);
        cellStarted = true;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (inCellTag && "role".equals(name)) {
            return;
        }
        super.writeAttribute(name, value, property);
    }

    @Override
    public void endElement(String name) throws IOException {
        inCellTag = false;
        super.endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        inCellTag = false;
        super.writeText(text, property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        inCellTag = false;
        super.writeText(text, component, property);
    }

    @Override
    public void writeText(char[] text, int offset, int length) throws IOException {
        inCellTag = false;
        super.writeText(text, offset, length);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        inCellTag = false;
        super.write(buffer, offset, length);
    }
}
