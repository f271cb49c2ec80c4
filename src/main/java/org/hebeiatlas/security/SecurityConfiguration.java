package org.hebeiatlas.security;

import java.util.ArrayList;
import java.util.List;

import org.hebeiatlas.security.CuratorProperties.Curator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public; writes need a curator, who authenticates with HTTP Basic on each request. Which operations are
 * writes is decided per GraphQL field ({@link CuratorOnly}), since queries and mutations share one endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CURATOR = "CURATOR";

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(new GraphQlAuthenticationEntryPoint()))
			// Stateless API: credentials travel in a header on every request, never in a cookie, and the GraphQL
			// endpoint only accepts JSON bodies, so a cross-site form cannot forge a write.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService curators(CuratorProperties properties, Environment environment, PasswordEncoder encoder) {
		List<Curator> curators = new ArrayList<>(properties.curators());
		curators.add(new Curator(environment.getProperty("ATLAS_CURATOR_USERNAME"),
				environment.getProperty("ATLAS_CURATOR_PASSWORD")));
		List<UserDetails> users = curators.stream()
			.filter(Curator::isComplete)
			.map((curator) -> User.withUsername(curator.username())
				.password(curator.password().startsWith("{") ? curator.password() : encoder.encode(curator.password()))
				.roles(CURATOR)
				.build())
			.toList();
		if (users.isEmpty()) {
			logger.warn("No curator is configured: the Atlas is read-only. Set ATLAS_CURATOR_USERNAME and "
					+ "ATLAS_CURATOR_PASSWORD (or atlas.security.curators) to allow writes.");
		}
		return new InMemoryUserDetailsManager(users);
	}

}
