package org.hebeiatlas.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline check catches what breaks a client and lets additions through.
 */
class SchemaChangesTests {

	// language=GraphQL
	private static final String BASELINE = """
			type Query {
			  county(slug: String!): County
			  counties(first: Int): [County!]!
			}
			type County {
			  name: String!
			  nameZh: String
			  url: String
			  kind: CountyKind!
			  seat: Place
			}
			enum CountyKind { COUNTY DISTRICT }
			union Place = County | Town
			type Town { name: String }
			input CountyFilter { city: String }
			""";

	@Test
	void shouldFindNoChangeBetweenEqualSchemas() {
		SchemaChanges changes = SchemaChanges.between(BASELINE, BASELINE);
		assertThat(changes.breaking()).isEmpty();
		assertThat(changes.nonBreaking()).isEmpty();
	}

	@Test
	void shouldCatchBreakingChanges() {
		// language=GraphQL
		String changed = """
				type Query {
				  county(slug: String!, city: String!): County
				  counties(first: Int!): [County!]!
				}
				type County {
				  name: String
				  url: URL
				  kind: CountyKind!
				  seat: Place
				}
				scalar URL
				enum CountyKind { COUNTY }
				union Place = County
				input CountyFilter { city: String, rank: Int! }
				""";
		assertThat(SchemaChanges.between(BASELINE, changed).breaking()).containsExactlyInAnyOrder(
				"Required argument 'Query.county(city:)' was added",
				"Argument 'Query.counties(first:)' changed type from 'Int' to 'Int!'",
				"Field 'County.name' changed type from 'String!' to 'String'",
				"Field 'County.nameZh' was removed", "Field 'County.url' changed type from 'String' to 'URL'",
				"Enum value 'CountyKind.DISTRICT' was removed", "Union member 'Place.Town' was removed",
				"Type 'Town' was removed", "Required input field 'CountyFilter.rank' was added");
	}

	@Test
	void shouldListAdditionsWithoutFailing() {
		// language=GraphQL
		String extended = """
				type Query {
				  county(slug: String!, withTowns: Boolean! = false): County
				  counties(first: Int, after: String): [County!]!
				  towns: [Town!]!
				}
				type County {
				  name: String!
				  nameZh: String!
				  url: String
				  kind: CountyKind!
				  seat: Place
				  publishedOn: Date
				}
				scalar Date
				enum CountyKind { COUNTY DISTRICT TOWN }
				union Place = County | Town
				type Town { name: String }
				input CountyFilter { city: String }
				""";
		SchemaChanges changes = SchemaChanges.between(BASELINE, extended);
		assertThat(changes.breaking()).isEmpty();
		assertThat(changes.nonBreaking()).contains("Optional argument 'Query.county(withTowns:)' was added",
				"Optional argument 'Query.counties(after:)' was added", "Field 'Query.towns' was added",
				"Field 'County.nameZh' changed type from 'String' to 'String!'", "Field 'County.publishedOn' was added",
				"Type 'Date' was added");
		assertThat(changes.nonBreaking()).anyMatch((change) -> change.startsWith("Enum value 'CountyKind.TOWN' was added"));
	}

}
