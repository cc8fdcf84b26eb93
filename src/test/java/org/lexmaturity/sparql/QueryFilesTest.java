package org.lexmaturity.sparql;

import org.lexmaturity.store.QueryFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every query file parses, and names its inputs as $variables rather than splicing text. */
class QueryFilesTest {

    @Test
    void everyQueryFileParses() throws Exception {
        Path dir = Path.of(QueryFilesTest.class.getResource("/sparql").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).toList();
            assertThat(names).isNotEmpty();
            for (String name : names) {
                String id = name.substring(0, name.length() - 3);
                assertThat(QueryFiles.get(id)).as(name).isNotNull();
                assertThat(QueryFiles.text(id)).as(name + " has a header comment").startsWith("#");
            }
        }
    }
}
