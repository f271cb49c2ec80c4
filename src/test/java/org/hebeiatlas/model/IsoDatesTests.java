package org.hebeiatlas.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsoDatesTests {

	@Test
	void shouldReadOnlyTextThatIsExactlyAFullDate() {
		assertThat(IsoDates.fullDate("2020-09-21")).isEqualTo(LocalDate.of(2020, 9, 21));
		assertThat(IsoDates.fullDate("2025-04")).isNull();
		assertThat(IsoDates.fullDate("2018")).isNull();
		assertThat(IsoDates.fullDate("undated (~2008)")).isNull();
		assertThat(IsoDates.fullDate("2009-10-24 (event 2006)")).isNull();
		assertThat(IsoDates.fullDate("2021-02-30")).isNull();
		assertThat(IsoDates.fullDate(null)).isNull();
	}

}
