package org.hebeiatlas.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hebeiatlas.search.AtlasAnalyzers;
import org.hebeiatlas.search.SearchFields;
import org.hebeiatlas.search.SearchText;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

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
	@SearchText
	@KeywordField(name = SearchFields.NAME_SORT, normalizer = AtlasAnalyzers.SORT, sortable = Sortable.YES)
	@FullTextField(name = SearchFields.NAME_PREFIX, analyzer = AtlasAnalyzers.PREFIX,
			searchAnalyzer = AtlasAnalyzers.PREFIX_QUERY)
	private String name;

	@Size(max = 500)
	@SearchText
	@FullTextField(name = SearchFields.NAME_ZH_PREFIX, analyzer = AtlasAnalyzers.PREFIX_ZH,
			searchAnalyzer = AtlasAnalyzers.PREFIX_ZH_QUERY)
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
