package app.goodenough.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretLinksTest {

    @Test
    void keysAreCutOutOfAddressesAndTheRestStays() {
        assertThat(SecretLinks.hide("manage/o1LIaloQQZGDl1_tltvtYwAAAABr")).isEqualTo("manage/[key]");
        assertThat(SecretLinks.hide("GET /check-in/o1LIaloQQZGDl1_tltvtYwAAAABr")).isEqualTo("GET /check-in/[key]");
        assertThat(SecretLinks.hide("Opening password/set/Abc-123_x failed, see http://h/manage/XYZ?x=1"))
                .isEqualTo("Opening password/set/[key] failed, see http://h/manage/[key]?x=1");
        assertThat(SecretLinks.hide("coach/calendar?view=day")).isEqualTo("coach/calendar?view=day");
        assertThat(SecretLinks.hide(null)).isNull();
    }

    @Test
    void wholeLinksWithKeysGiveWayToWordsAndOtherLinksStay() {
        assertThat(SecretLinks.withoutLinks("Move it: https://practice.example/manage/o1LIaloQ_x\nor read http://h/coach/calendar?view=day",
                "[link taken out]"))
                .isEqualTo("Move it: [link taken out]\nor read http://h/coach/calendar?view=day");
        assertThat(SecretLinks.withoutLinks("Choose one: http://h/password/set/Abc-123 today", "$1")).isEqualTo("Choose one: $1 today");
        assertThat(SecretLinks.withoutLinks(null, "x")).isNull();
    }
}
