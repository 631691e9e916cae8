package org.chuangcheng.report.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A GeoReport v2 response in either of its formats: XML (the default, a root element holding one element per
 * record) or JSON (an array of objects, or one object for a service definition). Records are ordered maps of
 * the spec's field names to strings, numbers, booleans, nested lists, or null (an empty element in XML).
 */
final class Open311Document {

    static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private Open311Document() {
    }

    enum Format {
        XML, JSON;

        static Format of(String extension) {
            if (extension == null || extension.equalsIgnoreCase("xml")) {
                return XML;
            }
            if (extension.equalsIgnoreCase("json")) {
                return JSON;
            }
            throw new Open311Error(HttpStatus.BAD_REQUEST, "Unsupported format: " + extension
                    + " (use xml or json)");
        }
    }

    static Map<String, Object> record() {
        return new LinkedHashMap<>();
    }

    /** A list of records: {@code <root><item>…</item>…</root>} or {@code [{…},…]}. */
    static ResponseEntity<String> list(HttpStatus status, Format format, String root, String item,
            List<Map<String, Object>> records) {
        if (format == Format.JSON) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < records.size(); i++) {
                json.append(i == 0 ? "" : ",");
                jsonObject(json, records.get(i));
            }
            return ResponseEntity.status(status).contentType(JSON).body(json.append(']').toString());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>").append('<').append(root)
                .append('>');
        for (Map<String, Object> r : records) {
            xmlElement(xml, item, r);
        }
        return ResponseEntity.status(status).contentType(XML).body(xml.append("</").append(root).append('>').toString());
    }

    /** One record as the document: {@code <root>…</root>} or {@code {…}}. */
    static ResponseEntity<String> single(Format format, String root, Map<String, Object> record) {
        if (format == Format.JSON) {
            StringBuilder json = new StringBuilder();
            jsonObject(json, record);
            return ResponseEntity.ok().contentType(JSON).body(json.toString());
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xmlElement(xml, root, record);
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    /** GeoReport's error document: {@code <errors><error><code/><description/></error></errors>}. */
    static ResponseEntity<String> error(Format format, HttpStatus status, String description) {
        Map<String, Object> error = record();
        error.put("code", status.value());
        error.put("description", description);
        return list(status, format, "errors", "error", List.of(error));
    }

    /** A nested list element in XML ({@code <formats><format>…</format></formats>}); an array in JSON. */
    record Nested(String item, List<?> values) {
    }

    private static void xmlElement(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> xmlElement(xml, (String) k, v));
        } else if (value instanceof Nested nested) {
            nested.values().forEach(v -> xmlElement(xml, nested.item(), v));
        } else {
            xml.append(escapeXml(text(value)));
        }
        xml.append("</").append(name).append('>');
    }

    private static void jsonObject(StringBuilder json, Map<String, Object> record) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : record.entrySet()) {
            json.append(first ? "" : ",");
            first = false;
            jsonString(json, e.getKey());
            json.append(':');
            jsonValue(json, e.getValue());
        }
        json.append('}');
    }

    @SuppressWarnings("unchecked")
    private static void jsonValue(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof BigDecimal number) {
            json.append(number.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            jsonObject(json, (Map<String, Object>) map);
        } else if (value instanceof Nested nested) {
            json.append('[');
            for (int i = 0; i < nested.values().size(); i++) {
                json.append(i == 0 ? "" : ",");
                jsonValue(json, nested.values().get(i));
            }
            json.append(']');
        } else {
            jsonString(json, text(value));
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private static void jsonString(StringBuilder json, String s) {
        json.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static String escapeXml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all are dropped
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
