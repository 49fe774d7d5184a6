package org.commissioninghub.document;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
