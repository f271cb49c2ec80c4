package org.hebeiatlas.ops;

import org.hebeiatlas.county.City;
import org.hebeiatlas.county.County;
import org.hebeiatlas.source.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtlasCountsTests {

	@Test
	void shouldNameCountsByPluralEntityName() {
		assertThat(AtlasCounts.plural(County.class)).isEqualTo("counties");
		assertThat(AtlasCounts.plural(City.class)).isEqualTo("cities");
		assertThat(AtlasCounts.plural(Source.class)).isEqualTo("sources");
	}

}
