package org.lexmaturity.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The two layouts, exactly: what the command line prints and what analysis files hold. */
class JsonOutputTest {
    private static final JsonOutput.Content SAMPLE = json -> {
        json.writeStartObject();
        json.writeStringField("name", "\"x\"\t\u0001 é 𝄞");
        json.writeObjectFieldStart("counts");
        json.writeNumberField("a", 1);
        json.writeNumberField("b", new BigDecimal("1E+3"));
        json.writeEndObject();
        json.writeObjectFieldStart("none");
        json.writeEndObject();
        json.writeArrayFieldStart("rows");
        json.writeStartArray();
        json.writeString("r1");
        json.writeNull();
        json.writeEndArray();
        json.writeStartArray();
        json.writeBoolean(true);
        json.writeEndArray();
        json.writeEndArray();
        json.writeArrayFieldStart("empty");
        json.writeEndArray();
        json.writeEndObject();
    };

    @Test
    void prettyPutsEveryMemberAndItemOnALineOfItsOwn() {
        assertThat(JsonOutput.text(JsonOutput.Layout.PRETTY, SAMPLE)).isEqualTo("""
                {
                  "name" : "\\"x\\"\\t\\u0001 é 𝄞",
                  "counts" : {
                    "a" : 1,
                    "b" : 1000
                  },
                  "none" : { },
                  "rows" : [
                    [
                      "r1",
                      null
                    ],
                    [
                      true
                    ]
                  ],
                  "empty" : [ ]
                }""");
    }

    @Test
    void tablePutsEachRowOnOneLineAndEndsWithALineBreak() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        JsonOutput.write(new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, JsonOutput.Layout.TABLE, SAMPLE);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "name": "\\"x\\"\\t\\u0001 é 𝄞",
                  "counts": {"a": 1, "b": 1000},
                  "none": {},
                  "rows": [
                    ["r1", null],
                    [true]
                  ],
                  "empty": []
                }
                """);
        assertThat(closed[0]).as("the caller's stream stays open").isFalse();
    }
}
