package app.goodenough.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceButtonsTest {

    @Test
    void aButtonCarriesItsValueAndLabelEscapedAndIsDisabledWhenItCannotBeChosen() {
        assertThat(ChoiceButtons.button("2026-12-03", "3", "Thursday 3 December 2026", "day-free", true)).isEqualTo(
                "<button type=\"button\" class=\"day-free\" data-choice=\"2026-12-03\" aria-label=\"Thursday 3 December 2026\">3</button>");
        assertThat(ChoiceButtons.button("a\"b", "<i>", "x\" onclick=\"alert(1)", "c", false))
                .isEqualTo("<button type=\"button\" class=\"c\" data-choice=\"a&quot;b\" aria-label=\"x&quot; onclick=&quot;alert(1)\" "
                        + "disabled>&lt;i&gt;</button>");
    }

    @Test
    void aCellIsTextOnly() {
        assertThat(ChoiceButtons.cell("<b>Mon</b>", "weekday")).isEqualTo("<span class=\"weekday\">&lt;b&gt;Mon&lt;/b&gt;</span>");
    }
}
