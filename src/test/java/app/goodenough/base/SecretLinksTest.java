package app.goodenough.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretLinksTest {

    @Test
    void keysAreCutOutOfAddressesAndTheRestStays() {
        assertThat(SecretLinks.hide("manage/o1LIaloQQZGDl1_tltvtYwAAAABr")).isEqualTo("manage/[key]");
        assertThat(SecretLinks.hide("Opening password/set/Abc-123_x failed, see http://h/manage/XYZ?x=1"))
                .isEqualTo("Opening password/set/[key] failed, see http://h/manage/[key]?x=1");
        assertThat(SecretLinks.hide("coach/calendar?view=day")).isEqualTo("coach/calendar?view=day");
        assertThat(SecretLinks.hide(null)).isNull();
    }
}
