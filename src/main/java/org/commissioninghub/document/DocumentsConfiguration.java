package org.commissioninghub.document;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The document store that configuration chooses, and upload limits that follow the documents' size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
class DocumentsConfiguration {

  /** Room in a request beyond the file for the form's other fields (title, description, item). */
  static final DataSize FORM_FIELDS = DataSize.ofKilobytes(64);

  @Bean
  DocumentStore documentStore(DocumentsProperties properties, DocumentContentRepository contents) {
    return properties.directory() == null ? new DatabaseDocumentStore(contents)
        : new DirectoryDocumentStore(properties.directory());
  }

  /**
   * Tomcat reads on past a refused upload only so far (2 MB unless told), then cuts the connection,
   * and the person sees a reset instead of the 413 that says why. Reading up to this many times the
   * limit answers someone attaching a file a few times too large; a flood is still cut off.
   */
  static final int SWALLOWED_MULTIPLE = 4;

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedUploadsAreAnswered(DocumentsProperties properties) {
    var swallowed = (int) Math.min(Integer.MAX_VALUE, properties.maxSize().toBytes() * SWALLOWED_MULTIPLE);
    return factory -> factory.addConnectorCustomizers(connector -> {
      if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
        http.setMaxSwallowSize(swallowed);
      }
    });
  }

  /**
   * Replaces Spring Boot's multipart settings ({@code spring.servlet.multipart.*}): a file beyond
   * {@code hub.documents.max-size} is refused while it is read, with 413, before it is kept anywhere.
   */
  @Bean
  MultipartConfigElement multipartConfigElement(DocumentsProperties properties) {
    var factory = new MultipartConfigFactory();
    factory.setMaxFileSize(properties.maxSize());
    factory.setMaxRequestSize(DataSize.ofBytes(properties.maxSize().toBytes() + FORM_FIELDS.toBytes()));
    return factory.createMultipartConfig();
  }
}
