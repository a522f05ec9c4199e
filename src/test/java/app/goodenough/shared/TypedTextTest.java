package app.goodenough.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void wholeCharactersOfEveryScriptAreFine() {
        assertThat(TypedText.problemWith("Zoë \uD83D\uDE42 \u05E9\u05DC\u05D5\u05DD \u202E combining a\u0301")).isEmpty();
        assertThat(TypedText.problemWithLine("\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEmpty();
    }

    @Test
    void lineBreaksAndTabsAreFineOnlyInTextOfSeveralLines() {
        assertThat(TypedText.problemWith("first\r\nsecond\tthird")).isEmpty();
        assertThat(TypedText.problemWithLine("first\nsecond")).contains(TypedText.INVISIBLE);
        assertThat(TypedText.problemWithLine("a\tb")).contains(TypedText.INVISIBLE);
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertThat(TypedText.problemWith("null\u0000byte")).contains(TypedText.INVISIBLE);
        assertThat(TypedText.problemWith("bell\u0007")).contains(TypedText.INVISIBLE);
        assertThat(TypedText.problemWith("escape\u001B[31m")).contains(TypedText.INVISIBLE);
        assertThat(TypedText.problemWith("delete\u007F")).contains(TypedText.INVISIBLE);
    }

    @Test
    void halfOfASurrogatePairIsRefusedWhereverItStands() {
        assertThat(TypedText.problemWith("lone \uD800 high")).contains(TypedText.BROKEN);
        assertThat(TypedText.problemWith("lone \uDC00 low")).contains(TypedText.BROKEN);
        assertThat(TypedText.problemWith("ends in half \uD83D")).contains(TypedText.BROKEN);
        assertThat(TypedText.problemWith("swapped \uDE42\uD83D")).contains(TypedText.BROKEN);
    }

    @Test
    void requireRefusesAtTheNamedField() {
        assertThatThrownBy(() -> TypedText.require("reason", "a\u0000b")).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.problems()).containsExactly(new FieldProblem("reason", TypedText.INVISIBLE)));
        TypedText.require("reason", null);
    }
}
