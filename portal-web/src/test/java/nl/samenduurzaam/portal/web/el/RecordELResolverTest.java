package nl.samenduurzaam.portal.web.el;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordELResolverTest {

    record Idea(String number, int score) {
    }

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    @Test
    void readsRecordComponents() {
        Object value = resolver.getValue(context, new Idea("SD-2026-0001", 7), "number");

        assertThat(value).isEqualTo("SD-2026-0001");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
        assertThat(resolver.getValue(context, "a string", "length")).isNull();
        assertThat(resolver.getValue(context, new Idea("SD-2026-0001", 7), "title")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        Idea idea = new Idea("SD-2026-0001", 7);

        assertThat(resolver.isReadOnly(context, idea, "score")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, idea, "score", 8))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
