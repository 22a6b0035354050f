package id.ukur.shared;

/**
 * Input that is too large (an uploaded file over the limit); answered with 413. Being an
 * {@link InvalidInputException}, a form can show it next to its field.
 */
public class PayloadTooLargeException extends InvalidInputException {

	public PayloadTooLargeException(String field, String code, Object... args) {
		super(field, code, args);
	}

}
