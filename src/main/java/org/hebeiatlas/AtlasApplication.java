package org.hebeiatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Hebei Industry Atlas: a GraphQL API over Hebei's county-level industrial clusters.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(AtlasApplication.class, args);
	}

}
