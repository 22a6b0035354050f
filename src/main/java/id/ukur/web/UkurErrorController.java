package id.ukur.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container shows when an error escapes the controllers (unknown paths, refused
 * access): a problem document for the API, a friendly page otherwise, never a stack
 * trace.
 */
@Controller
class UkurErrorController implements ErrorController {

	private final ProblemWriter problems;

	UkurErrorController(ProblemWriter problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String detailCode = switch (status) {
			case NOT_FOUND -> "problem.notFound";
			case FORBIDDEN -> "problem.forbidden";
			case UNAUTHORIZED -> "problem.unauthorized";
			case BAD_REQUEST -> "problem.unreadable";
			case CONTENT_TOO_LARGE -> "problem.tooLarge";
			case UNSUPPORTED_MEDIA_TYPE -> "problem.mediaType";
			case METHOD_NOT_ALLOWED -> "problem.method";
			default -> status.is5xxServerError() ? "problem.unexpected" : "problem.generic";
		};
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.problems.problem(request, status.value(), path, detailCode));
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detailCode", detailCode);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
