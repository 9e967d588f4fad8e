package org.example.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block of the reuse guide ({@code docs/reusing-the-core.md}) must appear, line for line, in a source
 * file or pom of the examples, which the build compiles and tests: a guide that drifts from the code fails here.
 * Indentation and blank lines are ignored, nothing else; a block cannot elide code with "…".
 */
class GuideSnippetsTest {

    private static final Path EXAMPLES = Path.of("").toAbsolutePath().getParent();
    private static final Path GUIDE = EXAMPLES.getParent().resolve("docs/reusing-the-core.md");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");

    @Test
    void theGuideHasCodeBlocksInLanguagesTheExamplesCompile() {
        List<String> languages = blocks().stream().map(block -> block.language).distinct().toList();

        assertThat(blocks()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(languages).allMatch(language -> language.equals("java") || language.equals("xml"));
    }

    @TestFactory
    Stream<DynamicTest> everyCodeBlockIsPartOfAnExample() {
        List<List<String>> sources = exampleSources().map(GuideSnippetsTest::normalisedLines).toList();
        return blocks().stream().map(block -> DynamicTest.dynamicTest(block.firstLine(), () -> assertThat(sources)
                .as("a source file of the examples containing this guide block:%n%s", block.code)
                .anyMatch(source -> Collections.indexOfSubList(source, normalisedLines(block.code)) >= 0)));
    }

    private static List<Block> blocks() {
        Matcher matcher = CODE_BLOCK.matcher(read(GUIDE));
        List<Block> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1), matcher.group(2)));
        }
        return blocks;
    }

    private static Stream<String> exampleSources() {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(file -> !isBuildOutput(EXAMPLES.relativize(file)))
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".xml")
                            || file.toString().endsWith(".yaml") || file.toString().endsWith(".sql"))
                    .map(GuideSnippetsTest::read).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path name : relative) {
            if (name.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normalisedLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Block(String language, String code) {

        String firstLine() {
            return language + ": " + code.lines().findFirst().orElse("");
        }
    }
}
