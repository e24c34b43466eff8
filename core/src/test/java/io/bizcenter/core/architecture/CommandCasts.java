package io.bizcenter.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import io.bizcenter.core.kernel.Command;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a class file's byte code for casts to, and type tests of, a procedure's command types: ArchUnit sees what a
 * class names, not the {@code checkcast} and {@code instanceof} instructions where a dispatch on commands hides.
 */
final class CommandCasts {
  private CommandCasts() {}

  /** Each cast or type test of a command type in the class, as "casts to X in method()" or "tests for X in method()". */
  static List<String> in(JavaClass javaClass) {
    List<String> found = new ArrayList<>();
    String resource = javaClass.getName().replace('.', '/') + ".class";
    try (InputStream in = javaClass.reflect().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + javaClass.getName());
      }
      new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
          if ((access & Opcodes.ACC_BRIDGE) != 0) {
            // javac's bridge of a generic method (validate(Command) to validate(ComplaintCommand)): erasure, no dispatch
            return null;
          }
          return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitTypeInsn(int opcode, String type) {
              if ((opcode == Opcodes.CHECKCAST || opcode == Opcodes.INSTANCEOF) && isProcedureCommand(type)) {
                found.add((opcode == Opcodes.CHECKCAST ? "casts to " : "tests for ") + type.replace('/', '.') + " in " + method + "()");
              }
            }
          };
        }
      }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static boolean isProcedureCommand(String internalName) {
    if (internalName.startsWith("[")) {
      return false;
    }
    try {
      Class<?> type = Class.forName(internalName.replace('/', '.'), false, CommandCasts.class.getClassLoader());
      return Command.class.isAssignableFrom(type) && type != Command.class && type != Command.OnCase.class;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
