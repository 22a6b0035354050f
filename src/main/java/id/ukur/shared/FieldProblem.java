package id.ukur.shared;

/**
 * One problem with one input field: the field's name as the client sent it, a message
 * code (resolved in the reader's language at the edge) and its arguments.
 */
public record FieldProblem(String field, String code, Object... args) implements java.io.Serializable {
}
