package id.ukur.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.Numbers;
import id.ukur.shared.PayloadTooLargeException;
import id.ukur.shared.UnsupportedTypeException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidDefinitionException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns every refusal into an answer: an RFC 9457 problem document under
 * {@code /api/}, a friendly page elsewhere. Nothing a client sent becomes a 500.
 */
@ControllerAdvice
class ExceptionHandling {

	private static final Logger log = LoggerFactory.getLogger(ExceptionHandling.class);

	private final MessageSource messages;

	ExceptionHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid", fieldErrors(ex, request));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	Object payloadTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", fieldErrors(ex, request));
	}

	@ExceptionHandler(UnsupportedTypeException.class)
	Object unsupportedType(UnsupportedTypeException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.fileType", fieldErrors(ex, request));
	}

	private List<Map<String, String>> fieldErrors(InvalidInputException ex, HttpServletRequest request) {
		Locale locale = ProblemWriter.apiLocale(request);
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldProblem problem : ex.problems()) {
			errors.add(Map.of("field", String.valueOf(problem.field()), "message",
					this.messages.getMessage(problem.code(), problem.args(), problem.code(), locale)));
		}
		return errors;
	}

	@ExceptionHandler(BindException.class)
	Object bind(BindException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		Locale locale = ProblemWriter.apiLocale(request);
		for (FieldError error : ex.getFieldErrors()) {
			// a value of the wrong type gets the general text, never the converter's
			// message (which names Java types)
			String message = error.isBindingFailure()
					? this.messages.getMessage("validation.type", null, "validation.type", locale)
					: String.valueOf(error.getDefaultMessage());
			errors.add(Map.of("field", error.getField(), "message", message));
		}
		ex.getGlobalErrors()
			.forEach((error) -> errors.add(Map.of("field", "", "message", String.valueOf(error.getDefaultMessage()))));
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (ex.getCause() instanceof JacksonException jackson) {
			return json(jackson, request);
		}
		return answer(request, HttpStatus.BAD_REQUEST, "problem.unreadable", null);
	}

	/**
	 * A value of the wrong kind, a number outside the bounds or out of its type's range
	 * names its field ({@code cases[0].actual}); plain syntax errors have no field to
	 * name.
	 */
	@ExceptionHandler(JacksonException.class)
	Object json(JacksonException ex, HttpServletRequest request) {
		if (ex instanceof InvalidDefinitionException) {
			return unexpected(ex, request);
		}
		boolean valueProblem = ex instanceof DatabindException || ex instanceof InputCoercionException;
		if (!valueProblem || ex.getPath().isEmpty()) {
			return answer(request, HttpStatus.BAD_REQUEST, "problem.unreadable", null);
		}
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		Locale locale = ProblemWriter.apiLocale(request);
		String message = (ex instanceof JsonInput.OutOfBounds)
				? this.messages.getMessage("validation.number.bounds",
						new Object[] { Numbers.MAX_WHOLE_DIGITS, Numbers.MAX_DECIMALS }, locale)
				: this.messages.getMessage(valueCode(ex), null, locale);
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid",
				List.of(Map.of("field", field.toString(), "message", message)));
	}

	private static String valueCode(JacksonException ex) {
		if (ex instanceof JsonInput.NulInText) {
			return "validation.text.nul";
		}
		if (ex instanceof InputCoercionException) {
			return "validation.number.range";
		}
		return (ex instanceof tools.jackson.databind.exc.InvalidNullException) ? "validation.nullElement"
				: "validation.type";
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			org.springframework.security.web.firewall.RequestRejectedException.class })
	Object badParameter(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "problem.unreadable", null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "problem.method", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", null);
	}

	/**
	 * An upload that is not multipart, misses its file part or does not parse (a file
	 * name with a NUL, no boundary).
	 */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	Object badUpload(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "problem.upload", null);
	}

	/**
	 * A form field whose name the form cannot hold: a list index that is not a number,
	 * negative, or beyond the list's growth limit ({@code rows[abc]}, {@code rows[-1]},
	 * {@code rows[300]}). Browsers never send these; the answer names the field.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	Object badFieldName(InvalidPropertyException ex, HttpServletRequest request) {
		String message = this.messages.getMessage("validation.fieldName", null, "validation.fieldName",
				ProblemWriter.apiLocale(request));
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid",
				List.of(Map.of("field", ex.getPropertyName(), "message", message)));
	}

	/**
	 * Not found answers the general text whatever was missing: the key a
	 * {@link NotFoundException} carries names the thing for the log, not for the caller
	 * (who may not learn that a thing of another region exists).
	 */
	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(Exception ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "problem.notFound", null);
	}

	/** A refusal of Ukur's rules names the rule that decided it (its message key). */
	@ExceptionHandler(ForbiddenException.class)
	Object forbidden(ForbiddenException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, ex.code(), null, ex.args());
	}

	/** Spring Security's own refusal has no rule of Ukur's to name: the general text. */
	@ExceptionHandler(AccessDeniedException.class)
	Object accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.FORBIDDEN, "problem.forbidden", null);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, ex.code(), null, ex.args());
	}

	/** A stale version caught by Spring Data rather than by a store's own check. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object staleVersion(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "stale.version", null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(Exception ex, HttpServletRequest request) {
		log.warn("Refused by a database constraint: {}", ex.getMessage());
		return answer(request, HttpStatus.CONFLICT, "problem.integrity", null);
	}

	@ExceptionHandler({ org.apache.catalina.connector.ClientAbortException.class,
			org.springframework.web.context.request.async.AsyncRequestNotUsableException.class })
	void clientGone(Exception ex) {
		// the browser went away mid-answer (a page left while loading); nothing to answer
		log.debug("Client gone: {}", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", null);
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detailCode,
			List<Map<String, String>> errors) {
		return answer(request, status, detailCode, errors, null);
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detailCode,
			List<Map<String, String>> errors, Object[] args) {
		if (isApi(request)) {
			Locale locale = ProblemWriter.apiLocale(request);
			ProblemDetail problem = ProblemDetail.forStatus(status);
			problem.setTitle(status.getReasonPhrase());
			problem.setDetail(this.messages.getMessage(detailCode, args, detailCode, locale));
			problem.setProperty("code", detailCode);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (errors != null) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detailCode", detailCode);
		page.addObject("detailArgs", (args != null) ? args : new Object[0]);
		if (errors != null) {
			page.addObject("fieldErrors", errors);
		}
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
