package id.ukur.web;

import id.ukur.organization.UserAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: a stateless one for {@code /api/**} (HTTP Basic and personal tokens,
 * answers in problem documents) and a session one with form login and CSRF for the pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
			+ " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UkurAuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder encoder,
			SignInThrottle throttle) {
		return new UkurAuthenticationProvider(accounts, encoder, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, UserAccounts accounts, ProblemWriter problems,
			@Value("${ukur.api.basic-enabled:true}") boolean basicEnabled) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/verify/**", "/v3/api-docs/**")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				// installation-wide metrics: the installation's operators, not a region's
				// administrator (docs/security.md)
				.requestMatchers("/actuator/**")
				.hasRole("INSTALLATION_ADMIN")
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ApiTokenFilter(accounts, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(PasswordChangeFilter.forApi(accounts, problems), AuthorizationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
				.frameOptions((frame) -> frame.deny()));
		if (basicEnabled) {
			http.httpBasic((basic) -> basic.authenticationEntryPoint(problems::unauthorized));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, LoginSuccessHandler success, UserAccounts accounts)
			throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/error", "/verify/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/admin/regions", "/admin/regions/**")
			.hasRole("INSTALLATION_ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(success)
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(PasswordChangeFilter.forPages(accounts), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
