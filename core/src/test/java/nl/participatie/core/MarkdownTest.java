package nl.participatie.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.participatie.core.text.Markdown;

class MarkdownTest {

    @Test
    void residentTextCannotFormLinksHtmlOrTableCellsAndStaysOnOneLine() {
        assertThat(Markdown.escape("![x](http://evil) <b>vet</b> a|b\nnieuwe regel"))
                .isEqualTo("\\!\\[x\\](http://evil) \\<b\\>vet\\</b\\> a\\|b nieuwe regel");
        assertThat(Markdown.escape(null)).isEmpty();
    }

    @Test
    void residentTextStartingLikeAListItemOrUnderlineStaysAParagraph() {
        assertThat(Markdown.escape("- boodschappen")).isEqualTo("\\- boodschappen");
        assertThat(Markdown.escape("+ meer")).isEqualTo("\\+ meer");
        assertThat(Markdown.escape("===")).isEqualTo("\\===");
        assertThat(Markdown.escape("  12) genummerd")).isEqualTo("12\\) genummerd");
        assertThat(Markdown.escape("2026. Een jaartal")).isEqualTo("2026\\. Een jaartal");
        assertThat(Markdown.escape("Tussen 1. en 2- staat niets")).isEqualTo("Tussen 1. en 2- staat niets");
        assertThat(Markdown.escape("12")).isEqualTo("12");
    }

    @Test
    void onlyDigitsBeforeThePointMakeAnOrderedListItem() {
        assertThat(Markdown.escape("0. nul")).isEqualTo("0\\. nul");
        assertThat(Markdown.escape("9) negen")).isEqualTo("9\\) negen");
        assertThat(Markdown.escape("/. schuin")).isEqualTo("/. schuin");
        assertThat(Markdown.escape(":) blij")).isEqualTo(":) blij");
        assertThat(Markdown.escape("1")).isEqualTo("1");
    }
}
