package org.hebeiatlas.graphql;

import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.hebeiatlas.model.BaseEntity;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the fields that a schema interface promises on every type that implements it: the opaque global {@code id}
 * of each {@code Node}, and the batch-loaded fields of {@link InterfaceField}s such as {@code Sourced.sources}.
 */
@Component
class InterfaceWiringConfigurer implements RuntimeWiringConfigurer {

	private static final String NODE = "Node";

	private final List<InterfaceField> interfaceFields;

	InterfaceWiringConfigurer(List<InterfaceField> interfaceFields) {
		this.interfaceFields = interfaceFields;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new InterfaceWiringFactory());
	}

	private final class InterfaceWiringFactory implements WiringFactory {

		@Override
		public boolean providesDataFetcher(FieldWiringEnvironment environment) {
			return dataFetcherFor(environment) != null;
		}

		@Override
		public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
			return dataFetcherFor(environment);
		}

		private DataFetcher<?> dataFetcherFor(FieldWiringEnvironment environment) {
			TypeDefinition<?> parent = environment.getParentType();
			if (!(parent instanceof ObjectTypeDefinition objectType)) {
				return null;
			}
			String field = environment.getFieldDefinition().getName();
			if (field.equals("id") && implementsInterface(objectType, NODE)) {
				String typeName = objectType.getName();
				return (env) -> GlobalId.encode(typeName, ((BaseEntity) env.getSource()).getId());
			}
			for (InterfaceField interfaceField : InterfaceWiringConfigurer.this.interfaceFields) {
				if (interfaceField.fieldName().equals(field)
						&& implementsInterface(objectType, interfaceField.interfaceName())) {
					String loader = interfaceField.dataLoaderName();
					return (env) -> env.getDataLoader(loader).load(env.getSource());
				}
			}
			return null;
		}

		private boolean implementsInterface(ObjectTypeDefinition type, String interfaceName) {
			return type.getImplements()
				.stream()
				.anyMatch((implemented) -> implemented instanceof TypeName name && name.getName().equals(interfaceName));
		}

	}

}
