package id.puskesnet.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the application's data source in a {@link StatementCounter}. */
@TestConfiguration(proxyBeanMethods = false)
class GeneratedDataConfiguration {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof StatementCounter)
                        ? new StatementCounter(dataSource) : bean;
            }
        };
    }
}
