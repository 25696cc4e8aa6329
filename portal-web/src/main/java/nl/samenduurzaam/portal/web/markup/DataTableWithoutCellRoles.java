package nl.samenduurzaam.portal.web.markup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

import java.io.IOException;

/**
 * PrimeFaces' data table with body cells as HTML defines them: PrimeFaces writes {@code role="gridcell"} on every
 * {@code td}, which HTML forbids inside a table (the cell's role comes from the table; the Nu HTML Checker refuses
 * it, as EN 301 549's success criterion 4.1.1 audits do). Everything else is PrimeFaces' own rendering.
 */
public class DataTableWithoutCellRoles extends DataTableRenderer {

    @Override
    protected void encodeCell(FacesContext context, DataTable table, UIColumn column, boolean selectionEnabled,
                              boolean rowSelected, int rowIndex) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new CellWithoutRoleWriter(writer));
        try {
            super.encodeCell(context, table, column, selectionEnabled, rowSelected, rowIndex);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
