package org.hebeiatlas.source;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.model.NamedEntity;

/**
 * The fields of {@code createSource} and {@code updateSource}; on update, fields left out (null) stay as they are.
 */
record SourceInput(String id, @Size(max = 32) @Pattern(regexp = CODE, message = CODE_RULE) String code,
		@Size(max = 500) @Pattern(regexp = NamedEntity.NOT_BLANK) String title, @Size(max = 2000) @WebAddress String url,
		@Size(max = 100) String published, @Size(max = 500) String publisher, Reliability reliability,
		@Size(max = 2000) String note) {

	static final String CODE = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

	static final String CODE_RULE = "must be letters and digits, in parts joined by hyphens, such as S206";

}
