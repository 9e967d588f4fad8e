package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.UserRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The control for {@link RacesCatchAnUnsafeRepositoryTest}: the unsafe repository with every call behind one lock
 * passes the whole contract, races included, so the races fail it for the race alone.
 */
class SerialisedUserRepositoryTest extends UserRepositoryOverMaps {

    SerialisedUserRepositoryTest() {
        super(serialised(new UnsafeUserRepository()));
    }

    private static UserRepository serialised(UserRepository unsafe) {
        Object lock = new Object();
        return (UserRepository) Proxy.newProxyInstance(UserRepository.class.getClassLoader(),
                new Class<?>[]{UserRepository.class}, (proxy, method, arguments) -> {
                    synchronized (lock) {
                        try {
                            return method.invoke(unsafe, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
