package id.ukur.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Indonesian by default; {@code ?lang=en} or {@code ?lang=id} switches and a cookie
 * remembers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new ApiAwareLocaleResolver();
		resolver.setDefaultLocale(Languages.INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(BigDecimal.class, new BoundedDecimals());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**");
	}

	/**
	 * Pages follow the remembered choice (Indonesian by default); the API follows the
	 * client's Accept-Language, also Indonesian by default.
	 */
	static final class ApiAwareLocaleResolver extends CookieLocaleResolver {

		ApiAwareLocaleResolver() {
			super("ukur-lang");
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			if (ExceptionHandling.isApi(request)) {
				Locale locale = ProblemWriter.apiLocale(request);
				return () -> locale;
			}
			return super.resolveLocaleContext(request);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return ExceptionHandling.isApi(request) ? ProblemWriter.apiLocale(request) : super.resolveLocale(request);
		}

	}

	/** Accepts only the two languages Ukur speaks. */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if ("en".equals(lang) || "id".equals(lang)) {
				LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils
					.getLocaleResolver(request);
				if (resolver != null) {
					resolver.setLocale(request, response, "en".equals(lang) ? Locale.ENGLISH : Languages.INDONESIAN);
				}
			}
			return true;
		}

	}

}
