package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON values for the schemas of the OpenAPI document: valid ones, and valid ones broken in one typical way (a wrong
 * type, a missing or extra field, a huge or negative number, a long, non-ASCII or NUL-carrying string).
 */
final class SchemaValues {

    /** The only pattern shape the document uses: {@code ^[class]{min,max}$}. */
    private static final Pattern CHARACTER_CLASS = Pattern.compile("\\^\\[([^]]+)]\\{(\\d+)(?:,(\\d+))?}\\$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Random random;
    private final List<Supplier<JsonNode>> strangeValues;

    SchemaValues(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
        this.strangeValues = List.of(
                NODES::nullNode, () -> NODES.booleanNode(true), () -> NODES.textNode("text"),
                () -> NODES.numberNode(0), () -> NODES.numberNode(-1), () -> NODES.numberNode(Long.MIN_VALUE),
                () -> NODES.numberNode(Long.MAX_VALUE), () -> NODES.numberNode(BigInteger.TWO.pow(80)),
                () -> NODES.numberNode(1e308), () -> NODES.numberNode(-1e308), () -> NODES.numberNode(1.5),
                () -> NODES.textNode(""), () -> NODES.textNode("   "), () -> NODES.textNode("x".repeat(10_000)),
                () -> NODES.textNode("Zoë 東京 👩‍🚀 مرحبا \u202E"), () -> NODES.textNode("nul\u0000byte"),
                () -> NODES.textNode("9223372036854775808"), () -> NODES.textNode("' OR 1=1 --"),
                () -> NODES.textNode("<script>alert(1)</script>"), NODES::arrayNode, NODES::objectNode,
                () -> NODES.arrayNode().add("a").add(1), () -> NODES.objectNode().set("a", NODES.arrayNode()));
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    /** A value the schema accepts; {@code name} is the property it is for, a hint for e-mail addresses. */
    JsonNode valid(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            List<JsonNode> choices = new ArrayList<>();
            resolved.get("enum").forEach(choice -> {
                if (!choice.isNull()) {
                    choices.add(choice);
                }
            });
            return choices.get(random.nextInt(choices.size()));
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved);
            case "array" -> array(resolved);
            case "integer" -> NODES.numberNode(integer(resolved));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(resolved, name));
        };
    }

    /** Any strange value: the wrong type, an extreme number or an awkward string. */
    JsonNode strange() {
        return strangeValues.get(random.nextInt(strangeValues.size())).get();
    }

    /** A copy of {@code value} broken in one place, chosen at random. */
    JsonNode mutate(JsonNode value) {
        if (!value.isContainerNode() || value.isEmpty() && random.nextBoolean()) {
            return strange();
        }
        JsonNode copy = value.deepCopy();
        mutateWithin(copy);
        return copy;
    }

    private void mutateWithin(JsonNode container) {
        List<JsonNode> children = new ArrayList<>();
        container.elements().forEachRemaining(children::add);
        List<JsonNode> containers = children.stream().filter(child -> child.isContainerNode() && !child.isEmpty()).toList();
        if (!containers.isEmpty() && random.nextInt(3) > 0) {
            mutateWithin(containers.get(random.nextInt(containers.size())));
            return;
        }
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int choice = names.isEmpty() ? 0 : random.nextInt(3);
            switch (choice) {
                case 0 -> object.set("unexpected_" + random.nextInt(100), strange());
                case 1 -> object.remove(names.get(random.nextInt(names.size())));
                default -> object.set(names.get(random.nextInt(names.size())), strange());
            }
        } else if (container instanceof ArrayNode array) {
            switch (array.isEmpty() ? 0 : random.nextInt(3)) {
                case 0 -> array.add(strange());
                case 1 -> array.remove(random.nextInt(array.size()));
                default -> array.set(random.nextInt(array.size()), strange());
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        return type.asText();
    }

    private JsonNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (required.contains(name) || random.nextBoolean()) {
                object.set(name, valid(schema.get("properties").get(name), name));
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        int size = schema.path("minItems").asInt(0) + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(valid(schema.get("items"), ""));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long minimum = schema.path("minimum").asLong(0);
        long maximum = schema.path("maximum").asLong(minimum + 1_000);
        return minimum + (long) (random.nextDouble() * (Math.min(maximum - minimum, 1_000) + 1));
    }

    private String string(JsonNode schema, String name) {
        if (name.contains("email") || "email".equals(schema.path("format").asText())) {
            return "fuzz-" + random.nextInt(1_000_000_000) + "@example.org";
        }
        if (name.equals("currency")) {
            return List.of("EUR", "USD", "GBP", "JPY", "CHF").get(random.nextInt(5)); // known ISO 4217 codes
        }
        Matcher pattern = CHARACTER_CLASS.matcher(schema.path("pattern").asText());
        if (pattern.matches()) {
            int minimum = Integer.parseInt(pattern.group(2));
            int maximum = pattern.group(3) == null ? minimum : Integer.parseInt(pattern.group(3));
            return randomString(characters(pattern.group(1)), minimum, Math.min(maximum, minimum + 11));
        }
        int minimum = Math.max(schema.path("minLength").asInt(1), 1);
        int maximum = Math.min(schema.path("maxLength").asInt(minimum + 20), minimum + 20);
        return randomString(characters("a-zA-Z0-9 -"), minimum, maximum);
    }

    private String randomString(String alphabet, int minimum, int maximum) {
        int length = minimum + random.nextInt(maximum - minimum + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Expands a regular-expression character class such as {@code A-Za-z0-9._-} into its characters. */
    private static String characters(String characterClass) {
        StringBuilder characters = new StringBuilder();
        for (int i = 0; i < characterClass.length(); i++) {
            char first = characterClass.charAt(i);
            if (i + 2 < characterClass.length() && characterClass.charAt(i + 1) == '-') {
                for (char c = first; c <= characterClass.charAt(i + 2); c++) {
                    characters.append(c);
                }
                i += 2;
            } else {
                characters.append(first);
            }
        }
        return characters.toString();
    }
}
