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
}
