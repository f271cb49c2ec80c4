package org.hebeiatlas.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sourced entity people look up by name: a readable unique slug, an English name and, where known, a Chinese one.
 */
@MappedSuperclass
public abstract class NamedEntity extends SourcedEntity {

	public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	/** For optional inputs that, when given, must hold more than white space. */
	public static final String NOT_BLANK = "(?s).*\\S.*";

	@Column(nullable = false, unique = true)
	@NotBlank
	@Size(max = 100)
	@Pattern(regexp = SLUG_PATTERN)
	private String slug;

	@Column(nullable = false)
	@NotBlank
	@Size(max = 500)
	private String name;

	@Size(max = 500)
	private String nameZh;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.slug + "]";
	}

}
