package org.globalaifund.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reads API lists page by page for tests, checking the page shape on the way: next always present, pages full but the last. */
record ApiPages(MockMvc mvc, ObjectMapper json) {

    JsonNode page(String url, String cursor, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(who);
        if (cursor != null) {
            request = request.param("cursor", cursor);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(body);
        assertThat(page.has("next")).as("next is always present").isTrue();
        return page;
    }

    List<JsonNode> pageThrough(String url, int limit, RequestPostProcessor who) throws Exception {
        return pageThrough(url, limit, who, null);
    }

    /** Every row of a list, following {@code next} from {@code cursor}; each page but the last is full. */
    List<JsonNode> pageThrough(String url, int limit, RequestPostProcessor who, String cursor) throws Exception {
        String withLimit = url + (url.contains("?") ? "&" : "?") + "limit=" + limit;
        List<JsonNode> rows = new ArrayList<>();
        int pages = 0;
        do {
            JsonNode page = page(withLimit, cursor, who);
            List<JsonNode> items = items(page);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            if (cursor != null) {
                assertThat(items).as("a page before the last is full").hasSize(limit);
            }
            rows.addAll(items);
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(cursor).as("the last page has no next").isNull();
        return rows;
    }

    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    static List<String> ids(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field).asText()).toList();
    }
}
