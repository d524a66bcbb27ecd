package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cursor codec: a key comes back from the list that wrote it, and from nowhere else. */
class PageCursorTest {

    @Test
    void aCursorGivesBackTheKeyOfItsOwnListEvenWithSeparatorsAndAccentsInIt() {
        List<String> key = List.of("Fondation Éléonore, Genève/“ami”", "2026-03-02T10:15:30.123456Z", "id-1");

        String cursor = PageCursor.encode("donors", key);

        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
        assertThat(PageCursor.decode("donors", cursor)).contains(key);
    }

    @Test
    void aCursorOfAnotherListIsNotRead() {
        assertThat(PageCursor.decode("funds", PageCursor.encode("donors", List.of("a", "b")))).isEmpty();
    }

    @Test
    void aCursorChangedInAnyCharacterIsNotRead() {
        String cursor = PageCursor.encode("pledges", List.of("2026-03-02", "P-1", "id-1"));
        for (int i = 0; i < cursor.length(); i++) {
            char c = cursor.charAt(i);
            char other = c == 'A' ? 'B' : 'A';
            String changed = cursor.substring(0, i) + other + cursor.substring(i + 1);
            assertThat(PageCursor.decode("pledges", changed)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void garbageIsNotReadAsACursor() {
        assertThat(PageCursor.decode("donors", "")).isEmpty();
        assertThat(PageCursor.decode("donors", "no-dot")).isEmpty();
        assertThat(PageCursor.decode("donors", "!!!.???")).isEmpty();
        assertThat(PageCursor.decode("donors", ".")).isEmpty();
    }
}
