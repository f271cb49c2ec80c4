package org.hebeiatlas.graphql;

/**
 * A field of a schema interface (such as {@code Sourced.sources}) that every implementing type resolves through the
 * same batch loader, keyed by the object the field is on.
 *
 * @param interfaceName the interface, such as {@code Sourced}
 * @param fieldName the field, such as {@code sources}
 * @param dataLoaderName the name the loader is registered under in the {@code BatchLoaderRegistry}
 */
public record InterfaceField(String interfaceName, String fieldName, String dataLoaderName) {

}
