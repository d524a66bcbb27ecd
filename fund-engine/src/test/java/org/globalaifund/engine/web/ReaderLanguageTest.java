package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.account.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A reader who chose no language reads the first of their browser's languages the fund speaks, else English. */
@FundEngineTest
class ReaderLanguageTest {

    @Autowired MockMvc mvc;
    @Autowired Languages languages;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr-CH, fr;q=0.9, en;q=0.8 | fr",
            "de-DE, fr;q=0.5            | fr",
            "de                         | en",
            "en-GB, fr;q=0.9            | en",
            "fr;q=0, de                 | en",
            "*                          | en",
            "not a header;;q=x          | en",
            "''                         | en"})
    void theBrowsersFirstLanguageThatTheFundSpeaksElseEnglish(String acceptLanguage, String expected) {
        assertThat(languages.bestOf(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
        assertThat(languages.bestOf(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aFrenchBrowserReadsThePublicPagesInFrench() throws Exception {
        mvc.perform(get("/register").header("Accept-Language", "de-DE, fr;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"fr\""), containsString("Créer un compte"))));
    }

    @Test
    void aBrowserInALanguageTheFundDoesNotSpeakReadsEnglish() throws Exception {
        mvc.perform(get("/register").header("Accept-Language", "de-DE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"en\""), not(containsString("Créer un compte")))));
    }

    @Test
    void aLanguageChosenOnThePageBeatsTheBrowsers() throws Exception {
        mvc.perform(get("/register").param("lang", "en").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"en\""), not(containsString("Créer un compte")))));
    }
}
