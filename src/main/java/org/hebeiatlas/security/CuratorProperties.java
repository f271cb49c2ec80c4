package org.hebeiatlas.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The curators who may write to the Atlas. There is no default: with none configured, every write is refused.
 *
 * @param curators usernames and passwords, e.g. {@code atlas.security.curators[0].username}; the environment
 * variables {@code ATLAS_CURATOR_USERNAME} and {@code ATLAS_CURATOR_PASSWORD} give one more
 */
@ConfigurationProperties("atlas.security")
public record CuratorProperties(@DefaultValue List<Curator> curators) {

	/** One curator's credentials; the password may be plain or a Spring Security encoded one ({bcrypt}…). */
	public record Curator(String username, String password) {

		boolean isComplete() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

	}

}
