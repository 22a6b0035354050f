package id.ukur.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Web sessions live in the database (tables of migration V6_1), so that a user signed in
 * on one node continues on any other node behind the same load balancer. Only the page
 * chain has sessions; the API is stateless.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfiguration {

	static final String COOKIE = "UKUR_SESSION";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout:8h}") Duration timeout) {
		return (repository) -> repository.setDefaultMaxInactiveInterval(timeout);
	}

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
