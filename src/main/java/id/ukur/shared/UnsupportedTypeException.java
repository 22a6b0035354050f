package id.ukur.shared;

/**
 * Input of a kind that is not accepted (an uploaded file whose content is no accepted
 * type); answered with 415. Being an {@link InvalidInputException}, a form can show it
 * next to its field.
 */
public class UnsupportedTypeException extends InvalidInputException {

	public UnsupportedTypeException(String field, String code, Object... args) {
		super(field, code, args);
	}

}
