# error deep in a realistic program: missing closing paren in call
import os


def list_files(root):
    result = []
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if os.path.isfile(path):
            result.append(path)
    return result


def main():
    files = list_files(".")
    print(len(files)
    return 0
